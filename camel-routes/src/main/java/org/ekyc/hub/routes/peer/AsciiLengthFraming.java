package org.ekyc.hub.routes.peer;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.component.netty.DefaultChannelHandlerFactory;

/**
 * Framing of the TCP telegram peers: each record is preceded by its length in 4 ASCII digits
 * ({@code 0130} + 130 bytes), the convention of Korean VAN and carrier gateways, readable in a
 * packet dump. Netty's {@link LengthFieldBasedFrameDecoder} does the buffering, partial reads and
 * the length cap; only the reading of the length field is ours (it knows binary lengths only). A
 * prefix that is not 4 digits is a {@link CorruptedFrameException}, a length over 9999 cannot be
 * written. Registered in the Camel registry as {@code #telegramDecoder} / {@code #telegramEncoder}.
 */
public final class AsciiLengthFraming {

    public static final int PREFIX = 4;
    public static final int MAX_RECORD = 9999;

    private AsciiLengthFraming() {
    }

    /** One decoder per connection (it keeps state), made by Camel from this factory. */
    public static ChannelHandler decoderFactory() {
        return new DefaultChannelHandlerFactory() {
            @Override
            public ChannelHandler newChannelHandler() {
                return new Decoder();
            }
        };
    }

    /** Stateless, shared by every connection. */
    public static ChannelHandler encoder() {
        return new Encoder();
    }

    /** Frames by the ASCII length and hands on the record (prefix stripped) as a byte[]. */
    public static final class Decoder extends LengthFieldBasedFrameDecoder {

        public Decoder() {
            super(PREFIX + MAX_RECORD, 0, PREFIX, 0, PREFIX);
        }

        @Override
        protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
            long n = 0;
            for (int i = 0; i < length; i++) {
                byte b = buf.getByte(offset + i);
                if (b < '0' || b > '9') {
                    throw new CorruptedFrameException("length prefix is not " + PREFIX + " ASCII digits");
                }
                n = n * 10 + (b - '0');
            }
            return n;
        }

        @Override
        protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
            Object frame = super.decode(ctx, in);
            if (frame instanceof ByteBuf buf) {
                try {
                    byte[] record = new byte[buf.readableBytes()];
                    buf.readBytes(record);
                    return record;
                } finally {
                    buf.release();
                }
            }
            return frame;
        }
    }

    /** Writes {@code %04d} and the record. */
    @ChannelHandler.Sharable
    public static final class Encoder extends MessageToByteEncoder<Object> {

        @Override
        public boolean acceptOutboundMessage(Object msg) {
            return msg instanceof byte[] || msg instanceof ByteBuf;
        }

        @Override
        protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
            int length = msg instanceof byte[] b ? b.length : ((ByteBuf) msg).readableBytes();
            if (length > MAX_RECORD) {
                throw new IllegalArgumentException("record of " + length + " bytes does not fit a 4-digit length");
            }
            out.writeBytes(String.format("%04d", length).getBytes(StandardCharsets.US_ASCII));
            if (msg instanceof byte[] b) {
                out.writeBytes(b);
            } else {
                out.writeBytes((ByteBuf) msg);
            }
        }
    }
}
