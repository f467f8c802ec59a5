package kr.openapi.keys.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kr.openapi.keys.config.PortalConfig;
import kr.openapi.keys.mapping.MemberRules;
import kr.openapi.keys.mapping.SignUpRequest;
import kr.openapi.keys.repository.Member;
import kr.openapi.keys.repository.MemberRepository;

/** Creates the first admin from {@code PORTAL_ADMIN_LOGIN} / {@code PORTAL_ADMIN_PASSWORD} when that id is free. */
@ApplicationScoped
public class AdminAccountBootstrap {

    void createFirstAdmin(@Observes StartupEvent start, PortalConfig config, MemberRepository members, MemberService service)
            throws Throwable {
        if (config.admin().login().isEmpty() || config.admin().password().isEmpty()) {
            Log.info("No PORTAL_ADMIN_LOGIN/PORTAL_ADMIN_PASSWORD: no admin account created");
            return;
        }
        String login = config.admin().login().get();
        if (!config.admin().password().get().matches(MemberRules.PASSWORD) || !login.matches(MemberRules.LOGIN_ID)) {
            throw new IllegalStateException("PORTAL_ADMIN_LOGIN must be " + MemberRules.LOGIN_ID_MESSAGE
                    + " and PORTAL_ADMIN_PASSWORD " + MemberRules.PASSWORD_MESSAGE);
        }
        SignUpRequest admin = new SignUpRequest(login, config.admin().password().get(), "관리자", "02-000-0000",
                null, null, null, login + "@admin.invalid", "-", null);
        boolean created = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> members.loginIdTaken(login))
                .chain(taken -> taken
                        ? io.smallrye.mutiny.Uni.createFrom().item(false)
                        : service.signUp(admin, Member.Role.admin).replaceWith(true)));
        Log.infof(created ? "Admin account '%s' created" : "Admin account '%s' already exists", login);
    }
}
