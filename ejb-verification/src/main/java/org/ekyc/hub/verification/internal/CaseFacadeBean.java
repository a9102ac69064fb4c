package org.ekyc.hub.verification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

/** What every facade bean of the engine holds: the case store and its {@link CaseStore} over it. */
abstract class CaseFacadeBean {

    static final Logger LOG = CaseStore.LOG;

    @PersistenceContext(unitName = "kyc")
    EntityManager em;

    @EJB
    private PendingCaseReader reader;

    CaseStore store;

    @PostConstruct
    void createStore() {
        store = new CaseStore(em, reader);
    }
}
