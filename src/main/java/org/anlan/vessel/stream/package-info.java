/**
 * The position pipeline: decode → de-duplicate → fence check → collision neighbourhood, as plain functions over
 * one vessel stream ({@link org.anlan.vessel.stream.PositionPipeline}); the same code runs in-process and inside
 * a Kafka Streams topology partitioned by MMSI.
 */
@org.springframework.modulith.NamedInterface("stream")
package org.anlan.vessel.stream;
