package io.plantrail.evidence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads and writes bundles; the one mapping the services and the verifier share. */
public final class BundleJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A later version may add fields; this verifier still checks what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BundleJson() {
    }

    public static void write(Bundle bundle, OutputStream out) throws IOException {
        JSON.writeValue(out, bundle);
    }

    public static byte[] bytes(Bundle bundle) {
        try {
            return JSON.writeValueAsBytes(bundle);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Bundle read(InputStream in) throws IOException {
        return JSON.readValue(in, Bundle.class);
    }

    public static Bundle read(byte[] json) throws IOException {
        return JSON.readValue(json, Bundle.class);
    }
}
