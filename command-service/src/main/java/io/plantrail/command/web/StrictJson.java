package io.plantrail.command.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly: a string field takes a JSON string without NUL characters (PostgreSQL text
 * cannot hold one, so a read model would fail on the event), and a number of a whole-number field must be whole
 * (see application.properties).
 */
@Configuration
class StrictJson {

    @Bean
    SimpleModule strictStrings() {
        return new SimpleModule("plantrail-strict-strings").addDeserializer(String.class, new TextWithoutNul());
    }

    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            if (text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "text must not contain NUL characters", text, String.class);
            }
            return text;
        }
    }
}
