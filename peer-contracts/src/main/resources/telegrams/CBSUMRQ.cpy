      *****************************************************************
      * CBSUMRQ  - CREDIT BUREAU SUMMARY ENQUIRY, TYPE 0300,           *
      *            HUB TO BUREAU. CODE PAGE MS949. RECORD 130 BYTES    *
      *            AFTER THE 4-DIGIT ASCII LENGTH PREFIX (FRAMING).    *
      *            LAYOUT TABLE: DOCS/LAYOUTS/CREDIT-BUREAU.MD         *
      *****************************************************************
       01  CBSUMRQ.
           05  HDR.
               10  HDR-TYPE               PIC X(4).
               10  HDR-TX-ID              PIC X(20).
               10  HDR-TIMESTAMP          PIC 9(14).
               10  HDR-RESP-CODE          PIC X(4).
               10  HDR-ORG-CODE           PIC X(8).
           05  REQ-NAME                   PIC X(40).
           05  REQ-REG-NO                 PIC X(13).
           05  REQ-CONSENT                PIC X(1).
               88  REQ-CONSENT-GIVEN      VALUE 'Y'.
           05  REQ-PURPOSE                PIC X(2).
               88  REQ-PURPOSE-LOAN       VALUE '01'.
           05  FILLER                     PIC X(24).
