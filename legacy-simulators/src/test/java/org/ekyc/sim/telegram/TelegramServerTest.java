package org.ekyc.sim.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import org.ekyc.sim.admin.SimulatorFaults;
import org.ekyc.sim.credit.SyntheticCreditBureau;
import org.ekyc.sim.telecom.SyntheticCarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramServerTest {

    private TelegramServer server;

    @AfterEach
    void stop() {
        SimulatorFaults.set("telecom", new SimulatorFaults.Fault(SimulatorFaults.Mode.OK, 0));
        if (server != null) {
            server.close();
        }
    }

    private static Record otpRequest(String tx, String name, String phone, String carrier) {
        return Record.blank(130).put(0, 4, "0100").put(4, 20, tx).put(24, 14, "20261123093000").put(42, 8, "EKYCHUB1")
                .put(50, 40, name).put(90, 8, "19920505").put(98, 1, "F").put(99, 1, "1").put(100, 11, phone)
                .put(111, 3, carrier);
    }

    private static Record confirm(String tx, String otp) {
        return Record.blank(80).put(0, 4, "0200").put(4, 20, tx).put(24, 14, "20261123093100").put(42, 8, "EKYCHUB1")
                .put(50, 6, otp);
    }

    private Record exchange(Record request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            Frames.write(s.getOutputStream(), request.bytes());
            byte[] reply = Frames.read(s.getInputStream());
            return reply == null ? null : new Record(reply);
        }
    }

    @Test
    void otpIssuedThenWrongThenRightCodeGivesCiAndDi() throws Exception {
        SyntheticCarrier carrier = SyntheticCarrier.load();
        server = new TelegramServer("telecom", "127.0.0.1", 0, carrier::answer).start();
        Record sent = exchange(otpRequest("TX00000000000000001", "김하늘", "01055550001", "SKT"));
        assertThat(sent.type()).isEqualTo("0110");
        assertThat(sent.text(38, 4)).isEqualTo("0000");
        assertThat(sent.text(50, 3)).isEqualTo("180");
        String otp = carrier.lastOtp("01055550001");
        assertThat(otp).matches("[0-9]{6}");
        String wrong = otp.equals("000000") ? "111111" : "000000";
        assertThat(exchange(confirm("TX00000000000000001", wrong)).text(38, 4)).isEqualTo("2001");
        Record ok = exchange(confirm("TX00000000000000001", otp));
        assertThat(ok.length()).isEqualTo(210);
        assertThat(ok.text(38, 4)).isEqualTo("0000");
        assertThat(ok.text(50, 88)).hasSize(88);
        assertThat(ok.text(138, 64)).hasSize(64);
        assertThat(exchange(confirm("TX00000000000000001", otp)).text(38, 4)).as("used up").isEqualTo("2003");
    }

    @Test
    void unknownPhoneMismatchedNameAndOtherCarrier() throws Exception {
        server = new TelegramServer("telecom", "127.0.0.1", 0, SyntheticCarrier.load()::answer).start();
        Record none = exchange(otpRequest("TX2", "김하늘", "01099999999", "SKT"));
        assertThat(none.text(38, 4)).isEqualTo("1001");
        // PIC 9(3) even when no code was sent: zeros, never the blank record's spaces
        assertThat(none.text(50, 3)).isEqualTo("000");
        assertThat(exchange(otpRequest("TX3", "김바다", "01055550001", "SKT")).text(38, 4)).isEqualTo("1002");
        assertThat(exchange(otpRequest("TX4", "김하늘", "01055550001", "KTF")).text(38, 4)).isEqualTo("1003");
    }

    @Test
    void faultsGarbleTruncateFailOrDrop() throws Exception {
        server = new TelegramServer("telecom", "127.0.0.1", 0, SyntheticCarrier.load()::answer).start();
        SimulatorFaults.set("telecom", new SimulatorFaults.Fault(SimulatorFaults.Mode.GARBLED, 0));
        Record garbled = exchange(otpRequest("TX5", "김하늘", "01055550001", "SKT"));
        assertThat(garbled.length()).isEqualTo(80);
        assertThat(garbled.bytes()[50]).isEqualTo((byte) 0xFF);
        SimulatorFaults.set("telecom", new SimulatorFaults.Fault(SimulatorFaults.Mode.TRUNCATED, 0));
        assertThat(exchange(otpRequest("TX6", "김하늘", "01055550001", "SKT")).length()).isLessThan(80);
        SimulatorFaults.set("telecom", new SimulatorFaults.Fault(SimulatorFaults.Mode.ERROR, 0));
        assertThat(exchange(otpRequest("TX7", "김하늘", "01055550001", "SKT")).text(38, 4)).isEqualTo("9999");
        SimulatorFaults.set("telecom", new SimulatorFaults.Fault(SimulatorFaults.Mode.DROP, 0));
        assertThat(exchange(otpRequest("TX8", "김하늘", "01055550001", "SKT"))).isNull();
    }

    @Test
    void creditBureauAnswersFromItsFiles() throws Exception {
        server = new TelegramServer("credit", "127.0.0.1", 0, SyntheticCreditBureau.load()::answer).start();
        Record rq = Record.blank(130).put(0, 4, "0300").put(4, 20, "TX9").put(24, 14, "20261123093000")
                .put(42, 8, "EKYCHUB1").put(50, 40, "김하늘").put(90, 13, "9205052123456").put(103, 1, "Y").put(104, 2, "01");
        Record found = exchange(rq);
        assertThat(found.text(38, 4)).isEqualTo("0000");
        assertThat(found.text(50, 8)).isEqualTo("03N00202");
        assertThat(exchange(rq.put(50, 40, "박서준")).text(38, 4)).isEqualTo("1002");
        assertThat(exchange(rq.put(90, 13, "0000000000000")).text(38, 4)).isEqualTo("1001");
    }
}
