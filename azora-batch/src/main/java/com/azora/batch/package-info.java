/**
 * Jakarta Batch jobs and the one facade through which every JobOperator call goes (Payara tags jobs
 * with the component that started them, so starting and querying must share one EJB).
 */
package com.azora.batch;
