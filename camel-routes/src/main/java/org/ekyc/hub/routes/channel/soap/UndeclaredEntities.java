package org.ekyc.hub.routes.channel.soap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.apache.cxf.interceptor.StaxInInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses a SOAP message that uses an entity no one declared ({@code WANG&foo;}). A message may not carry a
 * DTD (refused outright), so only XML's five predefined entities exist, and the parser replaces those; but
 * with DTD support off the parser reports any other reference as an event the binding skips, and the rest of
 * the value would be read as if the reference were not there. Such a message is not well-formed XML: it is
 * refused as unreadable ({@code soap:Client}, {@code MALFORMED_REQUEST}, {@link SoapFaults}).
 */
final class UndeclaredEntities extends AbstractPhaseInterceptor<Message> {

    UndeclaredEntities() {
        super(Phase.POST_STREAM);
        addAfter(StaxInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader != null && !(reader instanceof Refusing)) {
            message.setContent(XMLStreamReader.class, new Refusing(reader));
        }
    }

    /** The message's reader, failing at an entity reference. */
    static final class Refusing extends StreamReaderDelegate {

        Refusing(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            return checked(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            // nextTag skips whitespace and comments through next() of the parser, not of this delegate
            while (true) {
                int event = next();
                if (event == START_ELEMENT || event == END_ELEMENT) {
                    return event;
                }
                if (event != SPACE && event != COMMENT && event != PROCESSING_INSTRUCTION
                        && !(event == CHARACTERS && isWhiteSpace())) {
                    throw new XMLStreamException("expected a start or end tag", getLocation());
                }
            }
        }

        private int checked(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("reference to an undeclared entity", getLocation());
            }
            return event;
        }
    }
}
