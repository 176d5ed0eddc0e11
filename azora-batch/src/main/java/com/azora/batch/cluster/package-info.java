/**
 * Batch on a cluster: each server JVM (a node life) beats in {@code node_heartbeat}; a watchdog on
 * every node takes over the runs of lives that stopped beating (marks their execution FAILED and
 * restarts it from its checkpoint here). The decision is the plain {@link
 * com.azora.batch.cluster.DeadNodes}; the beans only read, lock and act. Job code does not belong
 * here.
 */
package com.azora.batch.cluster;
