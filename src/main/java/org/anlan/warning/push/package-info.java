/**
 * App push over HTTP/JSON: {@code POST /v1/push} with {@code {"token","title","body","ref"}} answers
 * {@code 200 {"pushId","delivered":true}} once the device has the message (or {@code 410} for an unknown device).
 * {@link LoopbackPushGateway} is that gateway on the loopback interface.
 */
@org.springframework.modulith.NamedInterface("push")
package org.anlan.warning.push;
