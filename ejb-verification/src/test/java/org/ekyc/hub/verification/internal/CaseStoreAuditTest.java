package org.ekyc.hub.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An audit goes through the entity manager of the bean that makes the effect — the container's
 * transaction-scoped one, so the row commits or rolls back with the effect (the commit itself is
 * proven against the database by PersistenceIT: this module has no JPA provider outside WildFly).
 */
class CaseStoreAuditTest {

    private final List<Object> persisted = new ArrayList<>();
    private final EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                if (method.getName().equals("persist")) {
                    persisted.add(args[0]);
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static Object field(Object entry, String name) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(entry);
    }

    @Test
    void anAuditIsARowPersistedThroughTheCallingBeansEntityManager() throws Exception {
        new CaseStore(em, null, () -> new Caller("service-account-bank-app", role -> role.equals("partner")))
                .audit("CASE_OPENED", "7c0e5d0a-52f4-4b6e-9a43-1d2f3a4b5c6d", "REST");
        assertThat(persisted).singleElement().isInstanceOf(AuditEntry.class);
        Object entry = persisted.get(0);
        assertThat(field(entry, "caseId")).isEqualTo("7c0e5d0a-52f4-4b6e-9a43-1d2f3a4b5c6d");
        assertThat(field(entry, "action")).isEqualTo("CASE_OPENED");
        assertThat(field(entry, "actor")).isEqualTo("REST");
        assertThat(field(entry, "principal")).as("the authenticated caller, not a name from the request")
                .isEqualTo("service-account-bank-app");
        assertThat(field(entry, "at")).isNotNull();
        assertThat((String) field(entry, "id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void anActionLongerThanItsColumnIsCutNotRefused() throws Exception {
        new CaseStore(em, null, () -> new Caller(null, role -> false)).audit("X".repeat(AuditEntry.MAX_ACTION + 50), null, "engine");
        assertThat((String) field(persisted.get(0), "action")).hasSize(AuditEntry.MAX_ACTION);
    }
}
