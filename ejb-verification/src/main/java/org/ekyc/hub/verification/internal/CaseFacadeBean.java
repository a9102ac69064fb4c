package org.ekyc.hub.verification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

/**
 * What every facade bean of the engine holds: the case store and its {@link CaseStore} over it, with the
 * authenticated caller of each call ({@link Caller}; in the log MDC through {@link CallerLogContext}).
 */
@Interceptors(CallerLogContext.class)
abstract class CaseFacadeBean {

    static final Logger LOG = CaseStore.LOG;

    @PersistenceContext(unitName = "kyc")
    EntityManager em;

    @EJB
    private PendingCaseReader reader;

    CaseStore store;

    @Resource
    SessionContext ctx;

    @PostConstruct
    void createStore() {
        store = new CaseStore(em, reader, () -> Caller.of(ctx));
    }
}
