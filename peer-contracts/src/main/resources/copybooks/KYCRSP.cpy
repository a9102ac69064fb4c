      *****************************************************************
      * KYCRSP  - EKYC HUB REPLY TO A KYCREQ, SAME CODE PAGE.          *
      *           RETURN CODE 00 ACCEPTED, 04 NO CASE (STAT),          *
      *           08 REFUSED, 12 HUB ERROR.                            *
      *           RECORD LENGTH 137 BYTES.                             *
      *****************************************************************
       01  KYCRSP.
           05  KYCRSP-REQ-TYPE            PIC X(4).
           05  KYCRSP-CUSTOMER-REF        PIC X(20).
           05  KYCRSP-REQ-SEQ             PIC S9(9) COMP-3.
           05  KYCRSP-CASE-ID             PIC X(36).
           05  KYCRSP-CASE-STATUS         PIC X(10).
           05  KYCRSP-RETURN-CODE         PIC 9(2).
           05  KYCRSP-REASON-CODE         PIC X(30).
           05  KYCRSP-IMMIGRATION-CHECK   PIC X(12).
           05  KYCRSP-STAY-EXPIRY         PIC 9(8).
           05  FILLER                     PIC X(10).
