# Scanned by .github/workflows/e2e-trivy.yml with scan-type config: a bucket Trivy's checks flag (no public access
# block, no versioning, no logging, no encryption). Never applied.
resource "aws_s3_bucket" "e2e" {
  bucket = "keelson-e2e-trivy-example"
}
