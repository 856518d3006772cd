package org.anlan.identity;

import java.util.List;
import org.anlan.platform.PlatformMode;
import org.anlan.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * At start: in demo mode, one demo user per role (password {@value #DEMO_PASSWORD}) and their
 * organisations; in production mode, only the first administrator, whose password comes from
 * {@code ANLAN_ADMIN_INITIAL_PASSWORD} or is generated and printed once.
 */
@Component
@Order(10)
class InitialUsers implements ApplicationRunner {

    static final String DEMO_PASSWORD = "anlan-demo";
    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    private static final String SHIPU = "330225101";
    private static final String DANDONG = "330225001";

    record DemoUser(String username, String displayName, Role role, String organisation, String township) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "系统管理员", Role.ADMIN, "象山县应急管理局", null),
            new DemoUser("commander", "县应急指挥长", Role.COMMANDER, "象山县应急管理局", null),
            new DemoUser("duty", "县应急值班员", Role.DUTY_OFFICER, "象山县应急管理局", null),
            new DemoUser("dept", "县气象局联络员", Role.DEPARTMENT_OFFICER, "象山县气象局", null),
            new DemoUser("township-shipu", "石浦镇应急办", Role.TOWNSHIP_OFFICER, "石浦镇人民政府", SHIPU),
            new DemoUser("grid", "丹东街道网格员", Role.GRID_MEMBER, "丹东街道办事处", DANDONG),
            new DemoUser("enterprise", "企业安全员", Role.ENTERPRISE_OFFICER, "象山示范水产冷冻有限公司", SHIPU),
            new DemoUser("inspector", "县应急执法员", Role.INSPECTOR, "象山县应急管理局", null),
            new DemoUser("inspector2", "县应急执法员（二）", Role.INSPECTOR, "象山县应急管理局", null),
            new DemoUser("auditor", "审计员", Role.AUDITOR, "象山县应急管理局", null));

    private final UserManagement management;
    private final PlatformMode mode;
    private final String initialAdminPassword;

    InitialUsers(UserManagement management, PlatformMode mode,
                 @Value("${anlan.admin.initial-password:}") String initialAdminPassword) {
        this.management = management;
        this.mode = mode;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.demo()) {
            createDemoUsers();
        } else if (!management.anyAdmin()) {
            createFirstAdmin();
        }
    }

    private void createDemoUsers() {
        int created = 0;
        for (DemoUser demo : DEMO_USERS) {
            if (management.find(demo.username()).isPresent()) {
                continue;
            }
            Organisation organisation = management.ensureOrganisation(demo.organisation(), kindOf(demo), demo.township());
            management.create(new NewUser(demo.username(), demo.displayName(), demo.role(), demo.township(),
                    organisation.id(), DEMO_PASSWORD));
            created++;
        }
        if (created > 0) {
            log.info("Demo mode: created {} demo users (password {})", created, DEMO_PASSWORD);
        }
    }

    private void createFirstAdmin() {
        Organisation bureau = management.ensureOrganisation("应急管理局", OrganisationKind.COUNTY_BUREAU, null);
        boolean configured = StringUtils.hasText(initialAdminPassword);
        String password = configured ? initialAdminPassword : management.generatePassword();
        management.create(new NewUser("admin", "系统管理员", Role.ADMIN, null, bureau.id(), password));
        if (!configured) {
            System.out.println("""
                    ================================================================
                     Anlan first start: administrator account created
                       username: admin
                       password: %s
                     This password is shown once. Change it after signing in.
                    ================================================================""".formatted(password));
        }
    }

    private static OrganisationKind kindOf(DemoUser demo) {
        return switch (demo.role()) {
            case TOWNSHIP_OFFICER, GRID_MEMBER -> OrganisationKind.TOWNSHIP_OFFICE;
            case ENTERPRISE_OFFICER -> OrganisationKind.ENTERPRISE;
            case DEPARTMENT_OFFICER -> OrganisationKind.DEPARTMENT;
            default -> OrganisationKind.COUNTY_BUREAU;
        };
    }
}
