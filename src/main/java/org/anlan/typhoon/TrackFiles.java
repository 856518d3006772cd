package org.anlan.typhoon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anlan.geo.BoundedInputStream;

/**
 * Reads best-track files of outside origin: bounded in size and line length, strict UTF-8 (ASCII in practice),
 * every problem reported with its line number. Nothing partial comes back: a file reads completely or not at all.
 */
public final class TrackFiles {

    /** CMA's whole 1949– archive is about 4 MB, JMA's bst_all.txt about 8 MB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_LINE_LENGTH = 256;

    record Line(int number, String text) {
    }

    /** The tracks of one file, in file order, and the format they were read in. */
    public record TrackFile(TrackFormat format, List<Track> tracks) {

        public TrackFile {
            tracks = List.copyOf(tracks);
        }
    }

    private TrackFiles() {
    }

    /** The tracks in the file; {@code format} empty means recognise it from the content. */
    public static TrackFile read(InputStream in, Optional<TrackFormat> format) throws IOException {
        return parse(decode(in), format);
    }

    static TrackFile parse(String text, Optional<TrackFormat> format) {
        List<Line> lines = lines(text);
        if (lines.isEmpty()) {
            throw new TrackFileException("TRACK_FILE_EMPTY", 0, "the file holds no track data");
        }
        TrackFormat actual = format.or(() -> TrackFormat.detect(lines.get(0).text(),
                lines.size() > 1 ? lines.get(1).text() : null)).orElseThrow(() -> new TrackFileException(
                "TRACK_FORMAT_UNKNOWN", lines.get(0).number(),
                "unrecognised format: expected a CMA CSV header, or a 66666 header followed by CMA or JMA records"));
        List<Track> tracks = switch (actual) {
            case CMA_CSV -> CmaCsvReader.read(lines);
            case CMA -> CmaBestTrackReader.read(lines);
            case JMA -> JmaBestTrackReader.read(lines);
        };
        if (tracks.isEmpty()) {
            throw new TrackFileException("TRACK_FILE_EMPTY", 0, "the file holds no track data");
        }
        return new TrackFile(actual, tracks);
    }

    private static String decode(InputStream in) throws IOException {
        var bounded = new BoundedInputStream(in, MAX_BYTES);
        byte[] bytes;
        try {
            bytes = bounded.readAllBytes();
        } catch (BoundedInputStream.LimitExceededException e) {
            throw new TrackFileException("TRACK_FILE_TOO_LARGE", 0, "the file is larger than " + MAX_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TrackFileException("TRACK_FILE_ENCODING", 0, "the file is not UTF-8 (or ASCII) text");
        }
    }

    /** Non-blank lines with their 1-based numbers; CR LF and a leading byte-order mark are accepted. */
    static List<Line> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = body.split("\r\n|\n|\r", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.length() > MAX_LINE_LENGTH) {
                throw new TrackFileException("TRACK_LINE_TOO_LONG", i + 1,
                        "line longer than " + MAX_LINE_LENGTH + " characters");
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (Character.isISOControl(ch) && ch != '\t') {
                    throw new TrackFileException("TRACK_LINE_CONTROL", i + 1,
                            "control character U+" + String.format("%04X", (int) ch) + " at column " + (c + 1));
                }
            }
            if (!line.isBlank()) {
                lines.add(new Line(i + 1, line));
            }
        }
        return lines;
    }
}
