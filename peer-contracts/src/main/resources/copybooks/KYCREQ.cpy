      *****************************************************************
      * KYCREQ  - KYC REQUEST FROM CORE BANKING TO THE EKYC HUB        *
      *           QUEUE KYC.REQUEST, REPLY KYCRSP ON JMSREPLYTO.       *
      *           CODE PAGE: KYC_MQ_CCSID (DEFAULT CCSID 933, KOREAN   *
      *           EBCDIC; HANGUL IN SO/SI-DELIMITED DOUBLE-BYTE).      *
      *           RECORD LENGTH 173 BYTES.                             *
      *****************************************************************
       01  KYCREQ.
           05  KYCREQ-REQ-TYPE            PIC X(4).
      *        OPEN = OPEN A VERIFICATION CASE
      *        STAT = KYC STATUS OF THE CUSTOMER (CUSTOMER-REF): ITS
      *               LATEST CASE; THE OTHER FIELDS ARE NOT READ
           05  KYCREQ-CUSTOMER-REF        PIC X(20).
           05  KYCREQ-REQ-SEQ             PIC S9(9) COMP-3.
           05  KYCREQ-APPLICANT.
               10  KYCREQ-SURNAME         PIC X(30).
               10  KYCREQ-GIVEN-NAMES     PIC X(30).
               10  KYCREQ-HANGUL-NAME     PIC X(40).
               10  KYCREQ-NATIONALITY     PIC X(3).
               10  KYCREQ-BIRTH-DATE      PIC 9(8).
           05  KYCREQ-PRODUCT             PIC X(10).
           05  KYCREQ-REGISTRATION-NO     PIC X(13).
           05  KYCREQ-RESIDENCE-COUNTRY   PIC X(3).
      *        ISO 3166-1 ALPHA-3, SPACES = NOT GIVEN; FEEDS COUNTRY RISK
           05  FILLER                     PIC X(7).
