import { AuthPage, type AuthPageProps } from "@/features/auth/components/auth-page";

export default function SignUpPage(props: AuthPageProps) {
  return <AuthPage mode="sign-up" {...props} />;
}
