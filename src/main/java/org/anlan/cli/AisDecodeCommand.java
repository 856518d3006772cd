package org.anlan.cli;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anlan.vessel.ais.AisCounts;
import org.anlan.vessel.ais.AisDecoder;
import org.anlan.vessel.ais.AisMessage;
import org.anlan.vessel.ais.SentenceParser;
import tools.jackson.databind.json.JsonMapper;

/** {@code ais decode [FILE|-]}: one gpsd-style JSON object per message on stdout, counts and rejects on stderr. */
final class AisDecodeCommand {

    private static final int REJECT_EXAMPLES = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AisDecodeCommand() {
    }

    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
        if (args.size() > 1) {
            err.println("usage: " + CommandSpec.AIS_DECODE.usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        String source = args.isEmpty() ? "-" : args.get(0);
        try (InputStream in = source.equals("-") ? nonClosing(stdin) : Files.newInputStream(Path.of(source))) {
            return decode(new InputStreamReader(in, StandardCharsets.ISO_8859_1), out, err);
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + source);
            return 66;
        }
    }

    private static int decode(Reader in, PrintStream out, PrintStream err) throws IOException {
        List<String> examples = new ArrayList<>();
        long[] lineNumber = {0};
        var decoder = new AisDecoder(AisDecoder.Settings.DEFAULTS, reject -> {
            if (examples.size() < REJECT_EXAMPLES) {
                examples.add("  line " + lineNumber[0] + ": " + reject.reason() + " " + reject.detail());
            }
        });
        Writer stdout = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        var lines = new BoundedLineReader(in, SentenceParser.MAX_LINE_LENGTH);
        for (String line = lines.next(); line != null; line = lines.next()) {
            lineNumber[0]++;
            for (AisMessage message : decoder.feed(line)) {
                stdout.write(JSON.writeValueAsString(message.fields()));
                stdout.write('\n');
            }
        }
        stdout.flush();
        summarise(decoder.counts(), examples, err);
        return 0;
    }

    private static void summarise(AisCounts counts, List<String> examples, PrintStream err) {
        err.printf("lines %d: sentences %d, skipped %d, rejected %d; messages %d%n", counts.lines(),
                counts.sentences(), counts.skippedLines(), counts.rejectedLines(), counts.messages());
        err.printf("decoded by type %s; not interpreted by type %s%n", counts.decodedByType(),
                counts.unsupportedByType());
        err.printf("skipped: tag blocks %d, proprietary %d, other sentences %d, blank or comment %d%n",
                counts.tagBlocks(), counts.proprietary(), counts.otherSentences(), counts.blankOrComment());
        err.printf("checksum errors %d, incomplete groups %d, type 24 part A waiting %d%n", counts.checksumErrors(),
                counts.incompleteGroups(), counts.type24Pending());
        err.printf("rejects %s%n", counts.rejects());
        examples.forEach(err::println);
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    /** Lines of at most {@code limit}+1 characters: a longer line is cut (and then rejected as too long). */
    private static final class BoundedLineReader {
        private final Reader in;
        private final int limit;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int filled;

        BoundedLineReader(Reader in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        String next() throws IOException {
            var line = new StringBuilder(96);
            boolean any = false;
            while (true) {
                if (position == filled) {
                    filled = in.read(buffer);
                    position = 0;
                    if (filled <= 0) {
                        filled = 0;
                        return any ? line.toString() : null;
                    }
                }
                char c = buffer[position++];
                any = true;
                if (c == '\n') {
                    return line.toString();
                }
                if (line.length() <= limit) {
                    line.append(c);
                }
            }
        }
    }
}
