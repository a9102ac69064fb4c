package org.ekyc.hub.routes.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.jms.ConnectionFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.ekyc.hub.adapter.corebanking.ibmmq.IbmMqConnections;
import org.ekyc.hub.adapter.corebanking.ibmmq.IbmMqSettings;
import org.ekyc.hub.adapter.creditbureau.CreditBureauTelegrams;
import org.ekyc.hub.adapter.telecom.TelecomTelegrams;
import org.ekyc.hub.routes.channel.batch.PartnerBatchRoutes;
import org.ekyc.hub.routes.channel.mq.CoreBankingMqRoutes;
import org.ekyc.hub.routes.channel.rest.CaseRestRoutes;
import org.ekyc.hub.routes.channel.rest.ReviewRestRoutes;
import org.ekyc.hub.routes.metrics.HubMetrics;
import org.ekyc.hub.routes.channel.rest.OperationsRestRoutes;
import org.ekyc.hub.routes.channel.soap.CaseSoapRoutes;
import org.ekyc.hub.routes.flow.CaseIntakeRoutes;
import org.ekyc.hub.routes.flow.PendingCheckRetryRoutes;
import org.ekyc.hub.routes.flow.PrivacyRoutes;
import org.ekyc.hub.routes.peer.AsciiLengthFraming;
import org.ekyc.hub.routes.peer.SoapPeerPort;
import org.ekyc.hub.routes.peer.TelegramPeer;
import org.ekyc.hub.routes.peer.TelegramRoutes;
import org.ekyc.hub.routes.peer.corebanking.AccountOpeningRoutes;
import org.ekyc.hub.routes.peer.credit.CreditBureauClient;
import org.ekyc.hub.routes.peer.immigration.ImmigrationRegistryRoutes;
import org.ekyc.hub.routes.peer.resident.ResidentRegistryRoutes;
import org.ekyc.hub.routes.peer.sanctions.SanctionsListRoutes;
import org.ekyc.hub.routes.peer.sanctions.UnscreenedSweepRoutes;
import org.ekyc.hub.routes.peer.tax.TaxAuthorityRoutes;
import org.ekyc.hub.routes.peer.telecom.TelecomIdentityClient;
import org.ekyc.hub.routes.security.CustomerIdentity;
import org.ekyc.hub.routes.security.HubIdentity;
import org.ekyc.hub.routes.security.HubIdentityPolicy;
import org.ekyc.hub.routes.security.IdentityProviderSetting;
import org.ekyc.hub.verification.api.CaseLifecycle;
import org.ekyc.hub.verification.api.DeploymentMode;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.capture.CaptureSessions;
import org.ekyc.hub.verification.api.operations.FunnelEvents;
import org.ekyc.hub.verification.api.operations.OperationsDashboard;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.FaceStep;
import org.ekyc.hub.verification.api.peer.PeerChecks;
import org.ekyc.hub.verification.api.peer.corebanking.AccountOpeningStep;
import org.ekyc.hub.verification.api.peer.credit.CreditBureauPort;
import org.ekyc.hub.verification.api.peer.resident.ResidentRegistryPort;
import org.ekyc.hub.verification.api.peer.tax.TaxAuthorityPort;
import org.ekyc.hub.verification.api.peer.telecom.TelecomIdentityPort;
import org.ekyc.hub.verification.api.review.ReviewQueue;
import org.ekyc.hub.verification.api.review.ReviewStep;
import org.ekyc.hub.verification.api.screening.ScreeningService;
import org.ekyc.hub.verification.api.screening.ScreeningStep;
import org.jboss.logging.Logger;

/**
 * Starts the hub's CamelContext with the deployment and stops it with the deployment. Camel 4
 * has no CDI integration, so the context is built here explicitly: properties, the engine's
 * facades and the JMS connection factory bound into the registry, then one RouteBuilder per
 * channel or peer (docs/adr/0002). A route that cannot start fails the deployment: the hub never
 * runs half-wired.
 */
@Singleton
@Startup
public class CamelBootstrap {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class);

    @EJB
    private CaseLifecycle caseLifecycle;

    @EJB
    private PeerChecks peerChecks;

    @EJB
    private DocumentStep documentStep;

    @EJB
    private FaceStep faceStep;

    @EJB
    private ScreeningStep screeningStep;

    @EJB
    private ReviewStep reviewStep;

    @EJB
    private ReviewQueue reviewQueue;

    @EJB
    private AccountOpeningStep accountOpeningStep;

    @EJB
    private FaceService faceService;

    @EJB
    private ScreeningService screeningService;

    @EJB
    private DocumentCheckService documentService;

    @EJB
    private HubIdentity hubIdentity;

    @EJB
    private CustomerIdentity customerIdentity;

    @EJB
    private CaptureSessions captureSessions;

    // #19 operations: funnel events and the dashboard's figures
    @EJB
    private FunnelEvents funnelEvents;

    @EJB
    private OperationsDashboard operationsDashboard;

    private CamelContext camel;

    @PostConstruct
    void start() {
        long t0 = System.nanoTime();
        // the HTTPS listener's keystore is WildFly's, but its settings are the hub's environment too
        ServerTls.check(System.getenv(), DeploymentMode.current());
        IdentityProviderSetting.check(System.getenv(), DeploymentMode.current());
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("ekyc-hub");
        // Defaults in kyc-hub.properties; environment variables (KYC_MQ_REQUEST_QUEUE for
        // kyc.mq.request-queue) and system properties override them.
        context.getPropertiesComponent().setLocation("classpath:kyc-hub.properties");
        context.setUseMDCLogging(true);
        context.setStreamCaching(true);

        context.getRegistry().bind("caseLifecycle", CaseLifecycle.class, caseLifecycle);
        context.getRegistry().bind("peerChecks", PeerChecks.class, peerChecks);
        context.getRegistry().bind("documentStep", DocumentStep.class, documentStep);
        context.getRegistry().bind("faceStep", FaceStep.class, faceStep);
        context.getRegistry().bind("screeningStep", ScreeningStep.class, screeningStep);
        context.getRegistry().bind("reviewStep", ReviewStep.class, reviewStep);
        context.getRegistry().bind("reviewQueue", ReviewQueue.class, reviewQueue);
        context.getRegistry().bind("accountOpeningStep", AccountOpeningStep.class, accountOpeningStep);
        context.getRegistry().bind("faceService", FaceService.class, faceService);
        context.getRegistry().bind("screeningService", ScreeningService.class, screeningService);
        context.getRegistry().bind("documentService", DocumentCheckService.class, documentService);
        context.getRegistry().bind("hubBus", HubCxf.bus());
        // the hub's own identity for timers, the MQ listener and the batch inbox (routes' .policy(...))
        context.getRegistry().bind(HubIdentityPolicy.REF, new HubIdentityPolicy(hubIdentity));
        // the customer's capture flow: tokens checked by the engine, steps run as the customer of the token's case
        context.getRegistry().bind("captureSessions", CaptureSessions.class, captureSessions);
        context.getRegistry().bind("customerIdentity", CustomerIdentity.class, customerIdentity);
        context.getRegistry().bind("funnelEvents", FunnelEvents.class, funnelEvents);
        context.getRegistry().bind("operationsDashboard", OperationsDashboard.class, operationsDashboard);
        bindMetrics(context);
        bindTelegramPeers(context);
        String provider = context.resolvePropertyPlaceholders("{{kyc.jms.provider}}");
        context.addComponent("jms", jmsComponent(context, provider));

        try {
            context.addRoutes(new CaseIntakeRoutes());
            context.addRoutes(new ImmigrationRegistryRoutes());
            context.addRoutes(new CaseRestRoutes());
            context.addRoutes(new ReviewRestRoutes());
            // #19 operations: funnel events and the dashboard (uses CaseRestRoutes' REST configuration)
            context.addRoutes(new OperationsRestRoutes());
            context.addRoutes(new CaseSoapRoutes());
            context.addRoutes(new CoreBankingMqRoutes());
            context.addRoutes(new AccountOpeningRoutes());
            context.addRoutes(new PartnerBatchRoutes());
            context.addRoutes(new PrivacyRoutes());
            context.addRoutes(new SanctionsListRoutes());
            context.addRoutes(new UnscreenedSweepRoutes());
            context.addRoutes(new ResidentRegistryRoutes());
            context.addRoutes(new TaxAuthorityRoutes());
            context.addRoutes(new TelegramRoutes());
            context.addRoutes(new PendingCheckRetryRoutes());
            context.start();
            // the engine-facing ports of the resident registry and the tax authority
            context.getRegistry().bind("residentRegistry", ResidentRegistryPort.class,
                    SoapPeerPort.of(ResidentRegistryPort.class, context.createProducerTemplate(), ResidentRegistryRoutes.ROUTE));
            context.getRegistry().bind("taxAuthority", TaxAuthorityPort.class,
                    SoapPeerPort.of(TaxAuthorityPort.class, context.createProducerTemplate(), TaxAuthorityRoutes.ROUTE));
        } catch (Exception e) {
            context.stop();
            throw new IllegalStateException("eKYC hub routes failed to start: " + e.getMessage(), e);
        }
        camel = context;
        LOG.infof("CamelContext %s started with %d routes in %d ms (JMS provider %s)",
                context.getName(), context.getRoutes().size(), (System.nanoTime() - t0) / 1_000_000, provider);
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
            camel = null;
        }
        HubCxf.shutdown();
    }

    /**
     * The TCP telegram peers: the framing codecs the netty endpoints name ({@code #telegramEncoder},
     * {@code #telegramDecoder}) and the ports the flows call ({@code telecomIdentity}, {@code creditBureau}).
     */
    private static void bindTelegramPeers(CamelContext context) {
        context.getRegistry().bind("telegramEncoder", AsciiLengthFraming.encoder());
        context.getRegistry().bind("telegramDecoder", AsciiLengthFraming.decoderFactory());
        TelegramPeer telecom = new TelegramPeer(context, "telecom-identity", TelegramRoutes.TELECOM,
                ReasonCode.TELECOM_UNAVAILABLE);
        context.getRegistry().bind("telecomIdentity", TelecomIdentityPort.class, new TelecomIdentityClient(telecom,
                new TelecomTelegrams(context.resolvePropertyPlaceholders("{{kyc.telecom.org-code}}"))));
        TelegramPeer credit = new TelegramPeer(context, "credit-bureau", TelegramRoutes.CREDIT,
                ReasonCode.CREDIT_BUREAU_UNAVAILABLE);
        context.getRegistry().bind("creditBureau", CreditBureauPort.class, new CreditBureauClient(credit,
                new CreditBureauTelegrams(context.resolvePropertyPlaceholders("{{kyc.credit.org-code}}")),
                Integer.parseInt(context.resolvePropertyPlaceholders("{{kyc.credit.retries}}")),
                Long.parseLong(context.resolvePropertyPlaceholders("{{kyc.credit.retry-backoff-ms}}"))));
    }

    /**
     * The transacted JMS component on the configured provider: {@code jndi} (default) looks the
     * connection factory up in WildFly's JNDI ({@code kyc.jms.connection-factory}, the embedded
     * Artemis broker unless the server is configured otherwise) and opens every connection as the hub's
     * own user ({@link JmsCredentials}); {@code ibmmq} builds an IBM MQ client
     * factory from {@code kyc.ibmmq.*} and addresses queues as plain MQ queues for COBOL consumers.
     */
    private static JmsComponent jmsComponent(CamelContext context, String provider) {
        switch (provider) {
            case "jndi" -> {
                String cfName = context.resolvePropertyPlaceholders("{{kyc.jms.connection-factory}}");
                JmsCredentials credentials = JmsCredentials.from(key -> context.getPropertiesComponent().resolveProperty(key).orElse(null));
                return transactedJms(credentials.authenticating(lookupConnectionFactory(cfName)));
            }
            case "ibmmq" -> {
                IbmMqSettings settings = IbmMqSettings.from(key -> context.getPropertiesComponent().resolveProperty(key).orElse(null));
                try {
                    JmsComponent jms = transactedJms(IbmMqConnections.connectionFactory(settings));
                    jms.setDestinationResolver((session, name, pubSub) -> IbmMqConnections.queue(name, settings));
                    LOG.infof("JMS over IBM MQ: %s", settings);
                    return jms;
                } catch (jakarta.jms.JMSException e) {
                    throw new IllegalStateException("IBM MQ connection factory could not be configured: " + e.getMessage(), e);
                }
            }
            default -> throw new IllegalStateException("kyc.jms.provider must be jndi or ibmmq, was '" + provider + "'");
        }
    }

    /**
     * The JMS component every route uses: consumers and producers transacted, as a local JMS transaction
     * on the connection factory (not XA: a case is never written in the same transaction as a message).
     * The listener container's own transacted session carries it ({@code lazyCreateTransactionManager=false},
     * no Spring JmsTransactionManager): a transaction manager opened a connection and a session for every
     * message the MQ gateway consumed, whatever the cache level (docs/benchmarks.md). A send made while a
     * message is handled (reply, DLQ copy) uses the listener's session, so it commits or rolls back with
     * the message; CoreBankingMqTransactionTest proves the rollback and the broker's backout.
     */
    public static JmsComponent transactedJms(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.setTransacted(true);
        jms.setLazyCreateTransactionManager(false);
        return jms;
    }

    /**
     * The hub's metrics (#19, {@link HubMetrics}): in its own registry, and in WildFly's when the micrometer
     * subsystem offers one. Without Micrometer visible to the deployment (the io.micrometer module) the hub
     * runs without them rather than not at all.
     */
    private static void bindMetrics(DefaultCamelContext context) {
        try {
            HubMetrics metrics = HubMetrics.bind(context, HubMetrics.serverRegistry());
            LOG.infof("metrics: the hub's registry%s", metrics.exportedByServer() ? " and WildFly's micrometer subsystem" : " only"
                    + " (WildFly's micrometer subsystem offers none)");
        } catch (LinkageError e) {
            LOG.warnf("no metrics: Micrometer is not visible to the deployment (%s)", e.toString());
        }
    }

    private static ConnectionFactory lookupConnectionFactory(String jndiName) {
        try {
            return (ConnectionFactory) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("JMS connection factory " + jndiName + " not found in JNDI; "
                    + "configure the server with wildfly-config/src/main/cli/20-messaging.cli or set "
                    + "KYC_JMS_CONNECTION_FACTORY", e);
        }
    }
}
