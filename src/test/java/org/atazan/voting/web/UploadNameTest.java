package org.atazan.voting.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadNameTest {

    @Test
    void keepsAPlainNameAndNeverAPath() {
        assertThat(UploadName.safe("protocols-2026.csv")).isEqualTo("protocols-2026.csv");
        assertThat(UploadName.safe("итоги.csv")).isEqualTo("итоги.csv");
        assertThat(UploadName.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadName.safe("C:\\Users\\me\\file name.csv")).isEqualTo("file_name.csv");
        assertThat(UploadName.safe("..")).isEqualTo("upload.csv");
        assertThat(UploadName.safe("")).isEqualTo("upload.csv");
        assertThat(UploadName.safe(null)).isEqualTo("upload.csv");
    }
}
