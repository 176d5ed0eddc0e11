/** REST resources of assessment: quiz attempts of the caller (/api/quizzes). */
package com.azora.api.assessment;
