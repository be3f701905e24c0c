package io.plantrail.local;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file only its owner may read, for the secrets a local run keeps under {@code .plantrail/}: the demo users'
 * passwords and the evidence signing key. On POSIX file systems the file is created owner-only, so it is never
 * readable by others even for a moment; elsewhere the owner-only flags are set right after creating it.
 */
final class PrivateFile {

    private PrivateFile() {
    }

    /** Writes {@code text} to {@code file}, creating it (and its folder) owner-only if it is not there yet. */
    static void write(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                ownerOnly(file.toFile());
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void ownerOnly(File file) throws IOException {
        boolean restricted = file.setReadable(false, false) && file.setReadable(true, true)
                && file.setWritable(false, false) && file.setWritable(true, true);
        if (!restricted) {
            throw new IOException("Cannot make " + file + " readable by its owner only");
        }
    }
}
