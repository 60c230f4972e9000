package cn.gov.sed.console;

import cn.gov.sed.console.routing.ApiRoutes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The route table is the services' specs: every /api/v1 path of docs/openapi/<service>.yaml goes to that service. */
class ConsoleRouteTableTest {
    private static final Pattern PATH = Pattern.compile("^  (/api/v1/([^/:]+))[^:]*:\\s*$");

    @Test
    void everyPathOfEveryServiceSpecGoesToThatServiceAndNothingElseIsRouted() throws IOException {
        Map<String, String> fromSpecs = new TreeMap<>();
        try (Stream<Path> specs = Files.list(Path.of("../docs/openapi"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith("-service.yaml")).toList()) {
                String service = spec.getFileName().toString().replace(".yaml", "");
                for (String line : Files.readAllLines(spec)) {
                    Matcher m = PATH.matcher(line);
                    if (m.matches() && !m.group(2).equals("outbox")) { // in every service: not routed (ApiRoutes)
                        fromSpecs.put(m.group(2), service);
                    }
                }
            }
        }
        assertEquals(fromSpecs, new TreeMap<>(ApiRoutes.table()));
    }
}
