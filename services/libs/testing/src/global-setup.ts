export default function globalSetup(): void {
  // Filled in by the infrastructure discovery below.
}
