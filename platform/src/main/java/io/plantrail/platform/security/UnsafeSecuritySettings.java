package io.plantrail.platform.security;

/** The security settings would leave the service open or unusable; the service refuses to start. */
public class UnsafeSecuritySettings extends RuntimeException {

    UnsafeSecuritySettings(String message) {
        super(message);
    }
}
