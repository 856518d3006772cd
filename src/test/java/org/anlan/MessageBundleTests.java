package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anlan.platform.security.Role;
import org.anlan.platform.web.Capability;
import org.junit.jupiter.api.Test;

/** Chinese and English say the same things, and every literal message key in a template exists. */
class MessageBundleTests {

    /** Every bundle of the application (spring.messages.basename) in one language, merged; "zh_CN" or "en". */
    static Properties bundle(String name) throws IOException {
        String language = name.substring("messages_".length(), name.length() - ".properties".length());
        var merged = new Properties();
        for (String basename : basenames()) {
            String resource = "/" + basename + "_" + language + ".properties";
            var stream = MessageBundleTests.class.getResourceAsStream(resource);
            assertThat(stream).as(resource).isNotNull();
            var properties = new Properties();
            try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                assertThat(merged.containsKey(key)).as("key %s is defined in two bundles", key).isFalse();
                merged.setProperty(key, properties.getProperty(key));
            }
        }
        return merged;
    }

    static String[] basenames() throws IOException {
        var application = new Properties();
        try (var reader = new InputStreamReader(MessageBundleTests.class.getResourceAsStream("/application.properties"), StandardCharsets.UTF_8)) {
            application.load(reader);
        }
        return application.getProperty("spring.messages.basename").split(",");
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("messages_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void everyLiteralKeyInTheTemplatesIsInTheBundle() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyRoleAndCapabilityHasAName() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role.code());
        }
        for (Capability capability : Capability.values()) {
            assertThat(keys).contains(capability.messageKey(), capability.messageKey() + ".about");
        }
    }

    @Test
    void errorKeysUsedInCodeExistInBothLanguages() throws IOException {
        Set<String> zh = bundle("messages_zh_CN.properties").stringPropertyNames();
        Pattern errorKey = Pattern.compile("\"(error\\.[\\w.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = errorKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(zh).containsAll(used);
    }
}
