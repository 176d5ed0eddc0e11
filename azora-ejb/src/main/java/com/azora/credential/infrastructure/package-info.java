/** Adapters of the credential context: the PDF renderer (OpenPDF). */
package com.azora.credential.infrastructure;
