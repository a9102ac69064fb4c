      *****************************************************************
      * CBSUMRS  - CREDIT BUREAU SUMMARY RESPONSE, TYPE 0310,          *
      *            BUREAU TO HUB. RECORD 80 BYTES.                     *
      *            RESP-CODE 0000 FILE FOUND, 1001 NO FILE,            *
      *            1002 NAME MISMATCH, 3001 NO CONSENT,                *
      *            9xxx BUREAU SYSTEM ERROR.                           *
      *****************************************************************
       01  CBSUMRS.
           05  HDR.
               10  HDR-TYPE               PIC X(4).
               10  HDR-TX-ID              PIC X(20).
               10  HDR-TIMESTAMP          PIC 9(14).
               10  HDR-RESP-CODE          PIC X(4).
               10  HDR-ORG-CODE           PIC X(8).
           05  RSP-GRADE                  PIC 9(2).
           05  RSP-DELINQUENT             PIC X(1).
           05  RSP-OPEN-LOANS             PIC 9(3).
           05  RSP-BALANCE-BAND           PIC X(2).
           05  FILLER                     PIC X(22).
