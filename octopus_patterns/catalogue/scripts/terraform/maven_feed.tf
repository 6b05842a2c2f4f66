# The public Maven repository that holds the sample test and SBOM packages.
resource "octopusdeploy_maven_feed" "sales" {
  name     = "Sales Maven Feed"
  feed_uri = "https://octopus-sales-public-maven-repo.s3.ap-southeast-2.amazonaws.com/snapshot"
}
