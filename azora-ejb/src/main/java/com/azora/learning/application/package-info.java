/** Learning use cases for signed-in students: enrol, my courses, open and complete lessons. */
package com.azora.learning.application;
