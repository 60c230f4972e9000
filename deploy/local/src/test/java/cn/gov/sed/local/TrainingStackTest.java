package cn.gov.sed.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The environment files the image build's training run reads with {@code set -a; . file} (deploy/images/train.sh). */
class TrainingStackTest {

    @Test
    void bashReadsBackEveryValueAsWritten(@TempDir Path dir) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:5432/hazard?sslmode=disable&ApplicationName=a b");
        env.put("DB_PASSWORD", "it's $HOME `id` \"quoted\" \\ ;");
        env.put("EMPTY", "");
        Path file = dir.resolve("service.env");
        Files.writeString(file, TrainingStack.shell(env));

        Process bash = new ProcessBuilder("bash", "-c",
                "set -a; . \"$1\"; set +a; printf '%s\\0' \"$DB_URL\" \"$DB_PASSWORD\" \"$EMPTY\"", "bash", file.toString())
                .redirectErrorStream(true).start();
        assertTrue(bash.waitFor(10, TimeUnit.SECONDS));
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.exitValue(), out);
        assertEquals(String.join("\0", env.values()) + "\0", out, "no value is expanded, split or cut");
    }
}
