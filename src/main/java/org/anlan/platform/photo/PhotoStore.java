package org.anlan.platform.photo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.anlan.platform.crypto.Sha256;
import org.anlan.platform.error.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Photos on disk ({@code anlan.photos.dir}, default {@code ./data/photos}), never in the database: incident
 * photos, hidden-hazard before/after photos. The type is read from the
 * file's own first bytes (JPEG or PNG), never from its name or declared type; the size is bounded while reading.
 * A photo is written to a temporary file and moved into place, so a crash leaves no half photo.
 */
@Component
public class PhotoStore {

    public record StoredPhoto(String contentType, long size, String sha256, String storedName) {
    }

    private final Path root;
    private final long maxBytes;

    public PhotoStore(@Value("${anlan.photos.dir:./data/photos}") String root,
               @Value("${anlan.photos.max-bytes:5242880}") long maxBytes) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    /** Stores a JPEG or PNG under {@code folder} (an owner's id, say); its stored name is returned. */
    public StoredPhoto store(String folder, InputStream in) throws IOException {
        byte[] bytes = readBounded(in);
        String contentType = contentTypeOf(bytes)
                .orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "PHOTO_TYPE_INVALID", "error.photo.type"));
        String extension = contentType.equals("image/png") ? ".png" : ".jpg";
        String storedName = folder + "/" + UUID.randomUUID() + extension;
        Path target = root.resolve(storedName);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        return new StoredPhoto(contentType, bytes.length, sha256(bytes), storedName);
    }

    public byte[] read(String storedName) {
        Path file = root.resolve(storedName).normalize();
        if (!file.startsWith(root)) {
            throw ApiException.notFound("PHOTO_UNKNOWN", "error.notFound");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<String> contentTypeOf(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private byte[] readBounded(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "PHOTO_TOO_LARGE", "error.photo.tooLarge", maxBytes / 1_048_576);
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "PHOTO_TYPE_INVALID", "error.photo.type");
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
