package org.anlan.warning.cap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reading and checking CAP messages from outside: bounded, hardened, every problem named with its path. */
public final class CapMessages {

    public static final int MAX_BYTES = HardenedXmlReader.DEFAULT_MAX_BYTES;

    /** The outcome of checking one message: its version and alert when valid, otherwise the problems. */
    public record Check(CapVersion version, CapAlert alert, List<CapProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private CapMessages() {
    }

    public static Check check(InputStream in) throws IOException {
        HardenedXmlReader reader = new HardenedXmlReader(MAX_BYTES);
        try {
            return check(reader.readBounded(in));
        } catch (CapReadException e) {
            return new Check(null, null, List.of(e.problem()));
        }
    }

    public static Check check(byte[] bytes) {
        XmlElement root;
        try {
            root = new HardenedXmlReader(MAX_BYTES).read(bytes);
        } catch (CapReadException e) {
            return new Check(null, null, List.of(e.problem()));
        }
        List<CapProblem> problems = new ArrayList<>(CapValidator.validate(root));
        if (!problems.isEmpty()) {
            return new Check(CapValidator.versionOf(root, new ArrayList<>()), null, List.copyOf(problems));
        }
        CapVersion version = CapValidator.versionOf(root, problems);
        CapAlert alert = CapReader.toAlert(root, version, problems);
        return problems.isEmpty() ? new Check(version, alert, List.of()) : new Check(version, null, List.copyOf(problems));
    }
}
