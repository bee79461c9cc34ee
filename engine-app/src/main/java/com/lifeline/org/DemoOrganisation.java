package com.lifeline.org;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Function;

/**
 * Demo staff, groups and org chart for a first look (listed in the README). Created only on the
 * embedded default database, or when lifeline.demo-data=always; never silently in an external one.
 */
@Component
@Order(1)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    /** @param role the user's role, whose group lifeline.groups names */
    record DemoUser(String id, String lastName, String firstName, Function<StaffGroups, String> role, String team,
                    String supervisor) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("mgr1", "刘", "洋", StaffGroups::managers, "SH-MGMT", null),
            new DemoUser("sup1", "张", "伟", StaffGroups::supervisors, "SH-A", "mgr1"),
            new DemoUser("sales1", "李", "明", StaffGroups::sales, "SH-A", "sup1"),
            new DemoUser("sales2", "王", "芳", StaffGroups::sales, "SH-A", "sup1"),
            new DemoUser("mgr2", "钱", "进", StaffGroups::managers, "HQ-MGMT", null),
            new DemoUser("service1", "陈", "静", StaffGroups::service, "HQ-OPS", "mgr2"),
            new DemoUser("steward1", "赵", "磊", StaffGroups::dataStewards, "HQ-OPS", "mgr2"),
            new DemoUser("dataadmin1", "孙", "丽", StaffGroups::dataAdmins, "HQ-OPS", "mgr2"),
            new DemoUser("itops1", "周", "杰", StaffGroups::itOps, "HQ-OPS", "mgr2"),
            new DemoUser("committee1", "吴", "强", StaffGroups::committee, "HQ-OPS", "mgr2"),
            new DemoUser("compliance1", "郑", "敏", StaffGroups::compliance, "HQ-OPS", "mgr2"),
            new DemoUser("designer1", "冯", "涛", StaffGroups::designers, "HQ-OPS", "mgr2"));

    private final IdentityService identity;
    private final OrgChart org;
    private final StaffGroups roles;
    private final boolean enabled;
    private final String password;

    DemoOrganisation(IdentityService identity, OrgChart org, StaffGroups roles,
                     @Value("${lifeline.demo-data:auto}") String demoData,
                     @Value("${lifeline.db.url:}") String externalDb,
                     @Value("${lifeline.demo-password:Demo-Pass-2026}") String password) {
        this.identity = identity;
        this.org = org;
        this.roles = roles;
        this.enabled = "always".equals(demoData) || ("auto".equals(demoData) && externalDb.isBlank());
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || !org.isEmpty()) {
            return;
        }
        roles.all().forEach(this::createGroup);
        org.addDepartment("SH-SALES", "上海销售部", "mgr1");
        org.addDepartment("HQ", "总部职能部门", "mgr2");
        org.addTeam("SH-MGMT", "SH-SALES", "上海销售部管理");
        org.addTeam("SH-A", "SH-SALES", "华东一组");
        org.addTeam("HQ-MGMT", "HQ", "总部管理");
        org.addTeam("HQ-OPS", "HQ", "总部运营");
        for (DemoUser demo : USERS) {
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@lifeline.local");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(demo.id(), demo.role().apply(roles));
            org.addMember(demo.id(), demo.team(), demo.supervisor());
        }
        log.info("Created {} demo users (password in the README) and the demo org chart", USERS.size());
    }

    private void createGroup(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
