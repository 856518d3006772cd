/**
 * A subset of SMPP 3.4 (bind_transceiver/bind_transmitter, submit_sm with registered_delivery and the
 * message_payload TLV for long UCS-2 text, deliver_sm delivery receipts, enquire_link, unbind, generic_nack) with
 * windowing, and a loopback SMSC that speaks the same protocol for tests, the demo and the fan-out benchmark.
 */
@org.springframework.modulith.NamedInterface("smpp")
package org.anlan.warning.smpp;
