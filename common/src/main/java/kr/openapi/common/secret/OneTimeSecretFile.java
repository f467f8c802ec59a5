package kr.openapi.common.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Hands a newly issued demo secret to the local launcher, which prints it once and deletes the file: written only
 * for its owner to read, never logged. The services keep such secrets hashed or encrypted.
 */
public final class OneTimeSecretFile {

    private OneTimeSecretFile() {
    }

    /** Writes {@code text} to a new file readable by its owner only, replacing an older one. */
    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text);
    }
}
