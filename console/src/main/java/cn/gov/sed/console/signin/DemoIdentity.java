package cn.gov.sed.console.signin;

import java.util.List;

/**
 * The demo identities of the local sign-in: the same subjects and claims as the tests' tokens and
 * {@code ./run token} (issuer sed-local, {@code groups}, {@code district}, {@code department}).
 */
public record DemoIdentity(String id, String label, String sub, String role, String district, String department) {

    public static final List<DemoIdentity> ALL = List.of(
            new DemoIdentity("city", "市局（全市）", "city-staff", "city", null, null),
            new DemoIdentity("district-admin-120101", "和平区 区局管理员", "admin-120101", "district-admin", "120101", null),
            new DemoIdentity("inspector-120101", "和平区 检查员", "inspector-120101", "inspector", "120101", null),
            new DemoIdentity("department-HOUSING", "住房和城乡建设委员会（行业部门）", "dept-HOUSING", "department", null, "HOUSING"));

    public static DemoIdentity find(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
