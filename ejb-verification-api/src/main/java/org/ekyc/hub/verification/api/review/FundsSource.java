package org.ekyc.hub.verification.api.review;

/** Where the applicant's funds come from, as the evidence a reviewer saw shows it. */
public enum FundsSource {
    SALARY, BUSINESS_INCOME, SAVINGS, SALE_OF_ASSETS, INHERITANCE_OR_GIFT, PENSION, SCHOLARSHIP_OR_FAMILY_SUPPORT, OTHER
}
