package kr.openapi.keys.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    public Uni<Member> findByLoginId(String loginId) {
        return find("loginId", loginId).firstResult();
    }

    public Uni<Boolean> loginIdTaken(String loginId) {
        return count("loginId", loginId).map(n -> n > 0);
    }
}
