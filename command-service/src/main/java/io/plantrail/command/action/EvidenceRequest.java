package io.plantrail.command.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** Evidence as a client sends it: a title, where the document is, optionally its SHA-256 and the date it speaks for. */
record EvidenceRequest(@NotBlank @Size(max = 500) String title,
                       @NotBlank @Size(max = 2000) String location,
                       @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal characters") String sha256,
                       LocalDate describes) {

    Evidence toEvidence() {
        return new Evidence(UUID.randomUUID(), title.strip(), location.strip(),
                sha256 == null ? null : sha256.toLowerCase(Locale.ROOT), describes);
    }
}
