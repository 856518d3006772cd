package org.anlan.vessel.stream;

import java.util.List;
import org.anlan.vessel.VesselKind;
import org.anlan.vessel.ais.AisCounts;
import org.anlan.vessel.ais.AisDecoder;
import org.anlan.vessel.ais.AisMessage;
import org.anlan.vessel.ais.PositionReport;

/**
 * The decode stage for one source of NMEA lines (one receiver or channel: multi-sentence messages are reassembled
 * per source): turns each line into the position reports and static vessel kinds it completes. Not thread-safe.
 */
final class SentenceDecoding {

    static final long MAX_MMSI = 999_999_999L;

    private final PipelineListener listener;
    private final AisDecoder decoder;
    private final PositionReport report = new PositionReport();

    SentenceDecoding(PipelineListener listener) {
        this.listener = listener;
        this.decoder = new AisDecoder(AisDecoder.Settings.DEFAULTS, listener::rejected);
    }

    AisCounts counts() {
        return decoder.counts();
    }

    /** Feeds one line received at {@code timeMillis} (the time of the fixes it carries) and reports to the sink. */
    void decode(String line, long timeMillis, ReportSink sink) {
        List<AisMessage> messages = decoder.feed(line, report);
        if (report.filled()) {
            if (!report.hasPosition()) {
                sink.unusable();
                return;
            }
            double course = report.course();
            sink.fix(report.mmsi(), timeMillis, report.lat(), report.lon(), report.speedKnots(),
                    course < 360 ? course : Double.NaN, Position.Source.AIS,
                    report.payloadBits(0), report.payloadBits(1), report.payloadBits(2));
            return;
        }
        for (int i = 0; i < messages.size(); i++) {
            message(messages.get(i), timeMillis, sink);
        }
    }

    private void message(AisMessage message, long time, ReportSink sink) {
        if (message.get("shiptype") instanceof Integer shipType && message.mmsi() > 0 && message.mmsi() <= MAX_MMSI) {
            sink.reportedKind(message.mmsi(), VesselKind.fromAisShipType(shipType));
        }
        int type = message.type();
        if (type != 1 && type != 2 && type != 3 && type != 18 && type != 19 && type != 27) {
            listener.aisMessage(message);
            return;
        }
        if (type == 19) {
            listener.aisMessage(message);
        }
        if (!(message.get("lat") instanceof Double lat) || !(message.get("lon") instanceof Double lon)
                || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            sink.unusable();
            return;
        }
        double sog = number(message.get("speed"), 102.2);
        double cog = number(message.get("course"), Double.NaN);
        if (!(sog >= 0 && sog <= 102.2)) {
            sog = Double.NaN;
        }
        if (!(cog >= 0 && cog < 360)) {
            cog = Double.NaN;
        }
        long motion = Double.doubleToLongBits(sog) * 31 + Double.doubleToLongBits(cog) * 17
                + (message.get("second") instanceof Integer second ? second : 60) * 7 + type;
        sink.fix(message.mmsi(), time, lat, lon, sog, cog, Position.Source.AIS,
                Double.doubleToLongBits(lat), Double.doubleToLongBits(lon), motion);
    }

    private static double number(Object value, double fast) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return "fast".equals(value) ? fast : Double.NaN;
    }
}
