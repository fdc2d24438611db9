package desk.devkit;

/**
 * An {@code AWS::S3::Bucket} of the template.
 *
 * @param localName its name locally: the {@code BucketName} when the template writes one out
 *                  (parameters and pseudo parameters substituted), else the logical id in lower case,
 *                  as bucket names must be
 */
public record BucketDefinition(String logicalId, String localName) {
}
