      *****************************************************************
      * TELOTPRQ - TELECOM IDENTITY (MOBILE PHONE ID CHECK) OTP REQUEST,*
      *            TYPE 0100, HUB TO CARRIER GATEWAY.                  *
      *            CODE PAGE MS949 (EUC-KR SUPERSET). RECORD 130 BYTES *
      *            AFTER THE 4-DIGIT ASCII LENGTH PREFIX (FRAMING).    *
      *            LAYOUT TABLE: DOCS/LAYOUTS/TELECOM-IDENTITY.MD      *
      *****************************************************************
       01  TELOTPRQ.
           05  HDR.
               10  HDR-TYPE               PIC X(4).
               10  HDR-TX-ID              PIC X(20).
               10  HDR-TIMESTAMP          PIC 9(14).
               10  HDR-RESP-CODE          PIC X(4).
               10  HDR-ORG-CODE           PIC X(8).
           05  REQ-NAME                   PIC X(40).
           05  REQ-BIRTH-DATE             PIC 9(8).
           05  REQ-SEX                    PIC X(1).
           05  REQ-NATIONALITY-FLAG       PIC X(1).
               88  REQ-LOCAL              VALUE '1'.
               88  REQ-FOREIGNER          VALUE '2'.
           05  REQ-PHONE                  PIC X(11).
           05  REQ-CARRIER                PIC X(3).
           05  FILLER                     PIC X(16).
