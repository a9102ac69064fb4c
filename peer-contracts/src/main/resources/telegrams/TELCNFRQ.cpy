      *****************************************************************
      * TELCNFRQ - TELECOM IDENTITY OTP CONFIRMATION, TYPE 0200,       *
      *            HUB TO CARRIER GATEWAY, SAME TX-ID AS THE 0100.     *
      *            RECORD 80 BYTES.                                    *
      *****************************************************************
       01  TELCNFRQ.
           05  HDR.
               10  HDR-TYPE               PIC X(4).
               10  HDR-TX-ID              PIC X(20).
               10  HDR-TIMESTAMP          PIC 9(14).
               10  HDR-RESP-CODE          PIC X(4).
               10  HDR-ORG-CODE           PIC X(8).
           05  REQ-OTP                    PIC X(6).
           05  FILLER                     PIC X(24).
