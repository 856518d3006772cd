/**
 * Electronic fences (电子围栏): fence definitions with their rules and {@link org.anlan.vessel.fence.FenceSet},
 * the point-in-fence index the position pipeline and the fence pages use.
 */
@org.springframework.modulith.NamedInterface("fence")
package org.anlan.vessel.fence;
