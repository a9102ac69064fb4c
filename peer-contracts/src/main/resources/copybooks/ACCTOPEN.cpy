      *****************************************************************
      * ACCTOPEN - ACCOUNT OPENING ORDER FROM THE EKYC HUB TO CORE     *
      *            BANKING FOR AN APPROVED CASE. RECORD LENGTH 170.    *
      *****************************************************************
       01  ACCTOPEN.
           05  ACCTOPEN-CASE-ID           PIC X(36).
           05  ACCTOPEN-CUSTOMER-REF      PIC X(20).
           05  ACCTOPEN-PRODUCT           PIC X(10).
           05  ACCTOPEN-HOLDER.
               10  ACCTOPEN-SURNAME       PIC X(30).
               10  ACCTOPEN-GIVEN-NAMES   PIC X(30).
               10  ACCTOPEN-BIRTH-DATE    PIC 9(8).
           05  ACCTOPEN-RISK-TIER         PIC X(8).
           05  ACCTOPEN-INITIAL-DEPOSIT   PIC S9(13)V99 COMP-3.
           05  ACCTOPEN-CURRENCY          PIC X(3).
           05  ACCTOPEN-LIMITS OCCURS 2 TIMES.
               10  ACCTOPEN-LIMIT-TYPE    PIC X(2).
               10  ACCTOPEN-LIMIT-AMOUNT  PIC S9(9)V99 COMP-3.
           05  FILLER                     PIC X(1).
