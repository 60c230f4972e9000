package cn.gov.sed.local;

import cn.gov.sed.contracts.vocabulary.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo data of two districts (和平区 120101, 滨海新区 120116), loaded once through the services' own APIs:
 * units of several industries with elevators, escalators, boilers and cranes, and a few inspections whose
 * findings flow through Kafka into the hazard register and the battle map.
 */
final class DemoData {
    private static final String INSPECTION = "http://localhost:8081/api/v1";

    private final HttpClient http;
    private final Path root;
    private final ObjectMapper json = new ObjectMapper();
    private String city;

    DemoData(HttpClient http, Path root) {
        this.http = http;
        this.root = root;
    }

    void loadIfAbsent() {
        try {
            city = TokenCommand.mint(root, Map.of("role", "city", "sub", "demo-loader"));
            JsonNode units = call("GET", "/units?size=1", city, null);
            if (units != null && units.path("total").asLong() > 0) {
                LocalSuite.say("demo data already loaded (" + units.path("total").asLong() + " units)");
                return;
            }
            LocalSuite.say("loading demo data through the APIs …");
            load();
            LocalSuite.say("demo data loaded");
        } catch (Exception e) {
            LocalSuite.say("demo data could not be loaded completely: " + e.getMessage());
        }
    }

    private void load() throws Exception {
        // 和平区: residential property, a mall, a hospital and a hotel
        String property = unit("120101", 1, "天津和平安居物业管理有限公司", "RESIDENTIAL_PROPERTY", "和平区南京路100号", "USER");
        String mall = unit("120101", 2, "天津和平滨江商厦有限公司", "COMMERCE_RETAIL", "和平区滨江道200号", "USER");
        String hospital = unit("120101", 3, "天津市和平区第一医院", "HEALTHCARE", "和平区成都道50号", "USER");
        String hotel = unit("120101", 4, "天津津门大酒店有限公司", "HOTEL_CATERING", "和平区解放北路88号", "USER");
        unit("120101", 5, "天津津安电梯维修保养有限公司", "OTHER", "和平区西康路12号", "MAINTENANCE");
        // 滨海新区: a port, a petrochemical plant and a factory
        String port = unit("120116", 6, "天津滨海港通物流有限公司", "PORT_LOGISTICS", "滨海新区港航路1号", "USER");
        String chemical = unit("120116", 7, "天津滨海石化有限公司", "PETROCHEMICAL", "滨海新区石化路9号", "USER");
        String factory = unit("120116", 8, "天津滨海重工机械制造有限公司", "MANUFACTURING", "滨海新区黄海路66号", "USER", "PRODUCER");

        String lift1 = equipment(property, "3110", "RESIDENTIAL", "1号楼1单元", "梯11津A00001(21)", 1);
        equipment(property, "3110", "RESIDENTIAL", "1号楼2单元", "梯11津A00002(21)", 2);
        String escalator = equipment(mall, "3310", "MALL", "一层中庭", "梯31津A00003(19)", 3);
        String mallLift = equipment(mall, "3110", "MALL", "东侧客梯", "梯11津A00004(19)", 4);
        equipment(hospital, "3110", "HOSPITAL", "门诊楼病床梯", "梯11津A00005(20)", 5);
        String boiler = equipment(hospital, "1200", "HOSPITAL", "锅炉房", "锅12津A00006(18)", 6);
        equipment(hotel, "3110", "HOTEL", "主楼客梯", "梯11津A00007(22)", 7);
        String crane = equipment(port, "4250", "PORT", "3号泊位", "起25津B00008(17)", 8);
        equipment(port, "5110", "PORT", "仓库", "车11津B00009(21)", 9);
        String steamBoiler = equipment(chemical, "1100", "FACTORY", "动力车间", "锅11津B00010(16)", 10);
        equipment(chemical, "2150", "FACTORY", "反应釜区", "容15津B00011(16)", 11);
        String overhead = equipment(factory, "4110", "FACTORY", "总装车间", "起11津B00012(15)", 12);

        inspect("120101", mall, "FOUR_NO_TWO_DIRECT", List.of(),
                List.of(finding(escalator, "E03", "自动扶梯上部急停开关按下后扶梯不停止"),
                        finding(mallLift, "G08", "电梯维保记录缺少近两个月记录"),
                        finding(mallLift, "G20", "检验合格标志未张贴在轿厢内显著位置")));
        inspect("120101", property, "SURPRISE", List.of(),
                List.of(finding(lift1, "G02", "电梯定期检验已超期两个月仍在使用")));
        inspect("120101", hospital, "JOINT", List.of("HEALTH"),
                List.of(finding(boiler, "B02", "锅炉低水位联锁保护装置失效")));
        inspect("120116", port, "JOINT", List.of("TRANSPORT", "PORT"),
                List.of(finding(crane, "C02", "岸桥起重量限制器失效"),
                        finding(crane, "G04", "一名司机未取得起重机械作业人员证书")));
        inspect("120116", chemical, "ROUTINE", List.of(),
                List.of(finding(steamBoiler, "G16", "锅炉水质化验记录显示硬度超标")));
        inspect("120116", factory, "SPECIAL", List.of(), List.of(finding(overhead, "G12", "无周排查记录")));
        planned("120116", factory);
    }

    private String unit(String district, int n, String name, String industry, String address, String... types)
            throws Exception {
        String uscc = CreditCode.withCheckCharacter("91" + district + "MA" + String.format("%07d", n));
        Map<String, Object> body = Map.of("uscc", uscc, "name", name, "types", List.of(types), "district", district,
                "industry", industry, "address", address, "contactName", "安全管理员" + n, "contactPhone", "1380000" + String.format("%04d", n));
        return call("POST", "/units", city, body).path("id").asText();
    }

    private String equipment(String unitId, String category, String environment, String location, String registration,
                             int n) throws Exception {
        String code = category + "12001" + "2019" + String.format("%05d", n);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("unitId", unitId, "category", category,
                "equipmentCode", code, "registrationNumber", registration, "usageEnvironment", environment,
                "location", location, "status", "IN_USE"));
        body.put("nextInspectionDue", LocalDate.now().plusMonths(n % 3 == 0 ? -1 : 6).toString());
        return call("POST", "/equipment", city, body).path("id").asText();
    }

    private static Map<String, Object> finding(String equipmentId, String item, String description) {
        return Map.of("equipmentId", equipmentId, "checklistItemCode", item, "description", description);
    }

    private void inspect(String district, String unitId, String method, List<String> departments,
                         List<Map<String, Object>> findings) throws Exception {
        String inspector = TokenCommand.mint(root, Map.of("role", "inspector", "district", district,
                "sub", "inspector-" + district));
        String id = planned(district, unitId, method, departments, inspector);
        call("POST", "/inspections/" + id + "/start", inspector, Map.of("startedAt", now()));
        for (Map<String, Object> finding : findings) {
            call("POST", "/inspections/" + id + "/findings", inspector, finding);
        }
        call("POST", "/inspections/" + id + "/complete", inspector, Map.of());
    }

    private void planned(String district, String unitId) throws Exception {
        String admin = TokenCommand.mint(root, Map.of("role", "district-admin", "district", district));
        planned(district, unitId, "ROUTINE", List.of(), admin);
    }

    private String planned(String district, String unitId, String method, List<String> departments, String token)
            throws Exception {
        List<Map<String, String>> inspectors = new ArrayList<>();
        inspectors.add(Map.of("name", "王建国", "certificateNo", "TJ" + district + "001"));
        inspectors.add(Map.of("name", "李明", "certificateNo", "TJ" + district + "002"));
        Map<String, Object> body = Map.of("district", district, "unitId", unitId, "method", method,
                "inspectors", inspectors, "departments", departments, "plannedAt", now());
        return call("POST", "/inspections", token, body).path("id").asText();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
    }

    private JsonNode call(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(INSPECTION + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body() == null || r.body().isBlank() ? null : json.readTree(r.body());
    }

}
