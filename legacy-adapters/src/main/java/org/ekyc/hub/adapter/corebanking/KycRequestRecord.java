package org.ekyc.hub.adapter.corebanking;

import java.time.LocalDate;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * KYCREQ: the request record core banking puts on {@code KYC.REQUEST}, 118 bytes, EBCDIC
 * (CCSID 037 by default). Layout (see docs/layouts/mq-kycreq.md):
 * <pre>
 *  pos len field                  PIC
 *    1   4 REQ-TYPE               X(4)   OPEN
 *    5  20 CUSTOMER-REF           X(20)
 *   25  30 SURNAME                X(30)
 *   55  30 GIVEN-NAMES            X(30)
 *   85   3 NATIONALITY            X(3)   ICAO alpha-3
 *   88   8 BIRTH-DATE             9(8)   YYYYMMDD
 *   96  10 PRODUCT                X(10)
 *  106  13 REGISTRATION-NO        X(13)  optional
 * </pre>
 * A mutable edge DTO: {@link CoreBankingRecordMapper} turns it into the canonical command.
 */
@FixedLengthRecord(length = KycRequestRecord.LENGTH, crlf = "UNIX", ignoreTrailingChars = false)
public class KycRequestRecord {

    public static final int LENGTH = 118;

    @DataField(pos = 1, length = 4, trim = true, align = "L")
    private String requestType;

    @DataField(pos = 5, length = 20, trim = true, align = "L")
    private String customerRef;

    @DataField(pos = 25, length = 30, trim = true, align = "L")
    private String surname;

    @DataField(pos = 55, length = 30, trim = true, align = "L")
    private String givenNames;

    @DataField(pos = 85, length = 3, trim = true, align = "L")
    private String nationality;

    @DataField(pos = 88, length = 8, trim = true, align = "L")
    private String birthDate;

    @DataField(pos = 96, length = 10, trim = true, align = "L")
    private String product;

    @DataField(pos = 106, length = 13, trim = true, align = "L")
    private String registrationNumber;

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(String customerRef) {
        this.customerRef = customerRef;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public LocalDate birthDateValue() {
        return org.ekyc.hub.adapter.fixedformat.FixedWidthDates.parse(birthDate, "BIRTH-DATE");
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }
}
