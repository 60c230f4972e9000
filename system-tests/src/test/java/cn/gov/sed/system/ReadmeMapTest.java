package cn.gov.sed.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "How the code is built" section points from each concept to the one class that holds it; this keeps
 * the pointers true: every file it names exists, so a class renamed or moved fails the build until the map follows.
 */
class ReadmeMapTest {
    private static final Pattern FILE = Pattern.compile("`([\\w./-]+\\.(?:java|sql|yaml|properties))`");

    @Test
    void everyFileTheMapNamesExists() throws IOException {
        Path root = Path.of(System.getProperty("sed.project.root", "..")).toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf("\n## How the code is built");
        assertTrue(start >= 0, "README.md has no section \"How the code is built\"");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Matcher m = FILE.matcher(section);
        while (m.find()) {
            named.add(m.group(1));
            if (!Files.isRegularFile(root.resolve(m.group(1)))) {
                missing.add(m.group(1));
            }
        }
        assertTrue(named.size() >= 30, "the map names " + named.size() + " files; it should cover every concept");
        assertEquals(List.of(), missing, "files the README's map names but the project does not have");
    }
}
