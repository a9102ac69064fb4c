package org.ekyc.hub.adapter.xml;

import java.time.LocalDate;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** {@code xs:date} values of SOAP contracts to and from {@link LocalDate}. */
public final class XmlDates {

    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmlDates() {
    }

    /** An {@code xs:date} without time zone; null stays null. */
    public static XMLGregorianCalendar toXml(LocalDate date) {
        return date == null ? null : FACTORY.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    /** The date of an {@code xs:date}; null stays null; a value without year, month or day is refused. */
    public static LocalDate toLocalDate(XMLGregorianCalendar xml) {
        if (xml == null) {
            return null;
        }
        if (xml.getYear() == DatatypeConstants.FIELD_UNDEFINED || xml.getMonth() == DatatypeConstants.FIELD_UNDEFINED
                || xml.getDay() == DatatypeConstants.FIELD_UNDEFINED) {
            throw new IllegalArgumentException("incomplete xs:date " + xml);
        }
        return LocalDate.of(xml.getYear(), xml.getMonth(), xml.getDay());
    }
}
